CasebookSearch.add("t/e782b9",[["点只",[9808,"BgDgwEBsb"]]]);
