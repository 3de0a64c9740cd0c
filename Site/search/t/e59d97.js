CasebookSearch.add("t/e59d97",[["块模",[9808,"BgDgwEBha"]]]);
