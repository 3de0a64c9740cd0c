CasebookSearch.add("t/23",[["#8855",[2,"BgDgkEB5NBsCgEBmP"]],["#9748",[1,"A3EgQB3P"]]]);
