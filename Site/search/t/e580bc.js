CasebookSearch.add("t/e580bc",[["值改",[1,"BnCgkEB4Z"]],["值能",[1,"BnCgkEBha"]]]);
