CasebookSearch.add("t/e4b8a4",[["两个",[1,"BgDgiEB6J"]]]);
