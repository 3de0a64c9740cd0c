CasebookSearch.add("t/e4ba88",[["予该",[1,"BnCgkEBrX"]]]);
