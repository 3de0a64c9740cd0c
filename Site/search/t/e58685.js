CasebookSearch.add("t/e58685",[["内联",[1,"BgDgkEBxR"]]]);
