CasebookSearch.add("t/e997ae",[["问题",[1,"BgDgoEBwX"]]]);
