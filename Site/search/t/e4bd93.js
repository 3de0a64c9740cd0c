CasebookSearch.add("t/e4bd93",[["体的",[1,"BnCgkEByV"]]]);
