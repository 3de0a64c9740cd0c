CasebookSearch.add("t/e58faa",[["只在",[9808,"BgDgwEBtb"]],["只是",[9808,"B_FgoGCrWtK"]]]);
