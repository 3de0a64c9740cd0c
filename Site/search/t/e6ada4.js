CasebookSearch.add("t/e6ada4",[["此这",[9808,"BgDgwEBvY"]],["此通",[9808,"BgDgwEB0Z"]]]);
