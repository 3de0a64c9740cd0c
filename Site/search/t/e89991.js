CasebookSearch.add("t/e89991",[["虑过",[1,"BnCgwEBjvB"]]]);
