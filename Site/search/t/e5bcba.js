CasebookSearch.add("t/e5bcba",[["强制",[9808,"BgDgkEB2Q"]]]);
