CasebookSearch.add("t/e7a9ba",[["空引",[9808,"BgDgoEB7V"]]]);
