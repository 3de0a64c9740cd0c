CasebookSearch.add("t/e4b894",[["且在",[1,"BnCgkEBtb"]]]);
