CasebookSearch.add("t/e4bf9d",[["保留",[9808,"BgDgwEBxa"]]]);
