CasebookSearch.add("t/e98089",[["选的",[1,"BnCgkEBiZ"]]]);
