CasebookSearch.add("t/e4ba8b",[["事故",[1,"BvEggGC9_Bc"]]]);
