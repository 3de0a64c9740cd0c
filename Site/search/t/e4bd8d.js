CasebookSearch.add("t/e4bd8d",[["位于",[1,"BgDgoEB7U"]]]);
