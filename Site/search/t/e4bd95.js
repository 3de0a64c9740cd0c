CasebookSearch.add("t/e4bd95",[["何链",[9808,"BgDgwEBhb"]]]);
