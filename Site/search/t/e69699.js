CasebookSearch.add("t/e69699",[["料并",[9808,"BgDgoEBzS"]]]);
