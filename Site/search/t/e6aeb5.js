CasebookSearch.add("t/e6aeb5",[["段加",[9808,"BgDgwEBrZ"]]]);
