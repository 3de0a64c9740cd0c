CasebookSearch.add("t/e4baa4",[["交给",[9808,"BgDgoEB-V"]]]);
