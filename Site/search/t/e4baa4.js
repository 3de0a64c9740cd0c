CasebookSearch.add("t/e4baa4",[["交给",[1,"BgDgoEBmW"]]]);
