CasebookSearch.add("t/e4bbbb",[["任何",[9808,"BgDgwEBgb"]]]);
