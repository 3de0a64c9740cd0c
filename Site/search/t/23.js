CasebookSearch.add("t/23",[["#8855",[4700,"AsCgEB-OBgDgkEBxN"]],["#9748",[9808,"C3EgQBvP"]]]);
