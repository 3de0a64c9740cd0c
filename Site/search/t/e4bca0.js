CasebookSearch.add("t/e4bca0",[["传给",[9808,"BgDgkEB6Q"]]]);
