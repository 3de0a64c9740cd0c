CasebookSearch.add("t/e58faa",[["只在",[1,"BgDgwEBtb"]],["只是",[1,"B_FgoGCrWtK"]]]);
