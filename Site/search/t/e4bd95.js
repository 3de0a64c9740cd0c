CasebookSearch.add("t/e4bd95",[["何链",[1,"BgDgwEBpb"]]]);
