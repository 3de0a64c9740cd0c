CasebookSearch.add("t/e99c80",[["需任",[9808,"BgDgwEB_a"]]]);
