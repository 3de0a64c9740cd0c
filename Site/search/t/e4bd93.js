CasebookSearch.add("t/e4bd93",[["体的",[9808,"BgDgkEBwO"]]]);
