CasebookSearch.add("t/e58f97",[["受未",[9808,"BgDgwEB6Y"]]]);
