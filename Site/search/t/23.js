CasebookSearch.add("t/23",[["#8855",[2,"BgDgkEBxNBsCgEB-O"]],["#9748",[1,"A3EgQBvP"]]]);
