CasebookSearch.add("t/e8b584",[["资料",[9808,"BgDgoEByS"]]]);
