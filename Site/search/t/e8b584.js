CasebookSearch.add("t/e8b584",[["资料",[1,"BgDgoEB6S"]]]);
