CasebookSearch.add("t/e78ea9",[["玩具",[9808,"BgDgwEBvb"]]]);
