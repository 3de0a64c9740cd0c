CasebookSearch.add("t/e695b4",[["整导",[1,"BvEgsEC9VrN"]]]);
