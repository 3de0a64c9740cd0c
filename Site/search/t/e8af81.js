CasebookSearch.add("t/e8af81",[["证过",[9808,"BgDgwEB1b"]]]);
