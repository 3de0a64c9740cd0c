CasebookSearch.add("t/e69699",[["料并",[1,"BgDgoEB7S"]]]);
