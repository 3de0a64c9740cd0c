CasebookSearch.add("t/e4bc98",[["优化",[9808,"BgDgiEBsJ"]]]);
