CasebookSearch.add("t/38",[["8",[3,"AyGgBB7GBjJglECkHiHB0IgFC6H7H"]],["81",[1,"CsCgIB5Y"]],["8855",[2,"BgDgkEB5NBsCgEBmP"]],["8860",[1,"CsCgQB5gB"]]]);
