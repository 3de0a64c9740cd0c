CasebookSearch.add("t/e7bc80",[["缀的",[9808,"BgDgoEBwV"]]]);
