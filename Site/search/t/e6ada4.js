CasebookSearch.add("t/e6ada4",[["此这",[1,"BgDgwEBvY"]],["此通",[1,"BgDgwEB0Z"]]]);
