CasebookSearch.add("t/e89991",[["虑过",[9808,"BgDgwEB-X"]]]);
