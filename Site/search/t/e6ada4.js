CasebookSearch.add("t/e6ada4",[["此这",[1,"BgDgwEB3Y"]],["此通",[1,"BgDgwEB8Z"]]]);
