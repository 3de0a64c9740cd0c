CasebookSearch.add("t/e58faa",[["只在",[1,"BgDgwEB1b"]],["只是",[1,"B_FgoGCzWtK"]]]);
