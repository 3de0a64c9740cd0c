CasebookSearch.add("t/e7bc80",[["缀的",[1,"BgDgoEB4V"]]]);
