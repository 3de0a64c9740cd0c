CasebookSearch.add("t/e78ea9",[["玩具",[1,"BgDgwEB3b"]]]);
