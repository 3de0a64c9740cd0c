CasebookSearch.add("t/e6898b",[["手资",[9808,"BgDgoEBxS"]]]);
