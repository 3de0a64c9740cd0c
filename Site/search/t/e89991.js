CasebookSearch.add("t/e89991",[["虑过",[1,"BgDgwEB-X"]]]);
