CasebookSearch.add("t/e4bbbb",[["任何",[1,"BgDgwEBob"]]]);
