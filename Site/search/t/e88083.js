CasebookSearch.add("t/e88083",[["考虑",[9808,"BgDgwEB9X"]]]);
