CasebookSearch.add("t/e58685",[["内联",[9808,"BgDgkEBpR"]]]);
