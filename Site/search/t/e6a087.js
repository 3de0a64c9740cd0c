CasebookSearch.add("t/e6a087",[["标即",[9808,"BgDgwEB6a"]]]);
