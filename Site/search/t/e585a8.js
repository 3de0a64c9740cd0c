CasebookSearch.add("t/e585a8",[["全不",[1,"BnCgkEBrT"]]]);
