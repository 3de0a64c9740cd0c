CasebookSearch.add("t/e5be97",[["得到",[9808,"BgDgkEB5P"]]]);
