CasebookSearch.add("t/38",[["8",[3,"AyGgBBzGBjJglEC8GiHB0IgFCyH7H"]],["81",[1,"CsCgIBxY"]],["8855",[2,"BgDgkEBxNBsCgEB-O"]],["8860",[1,"CsCgQBxgB"]]]);
