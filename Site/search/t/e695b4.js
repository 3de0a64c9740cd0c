CasebookSearch.add("t/e695b4",[["整导",[9808,"BgDgkEB4O"]]]);
