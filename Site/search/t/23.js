CasebookSearch.add("t/23",[["#8855",[4700,"AtCgEB-OBgDgkEBxN"]],["#9748",[9808,"C4EgQBvP"]]]);
