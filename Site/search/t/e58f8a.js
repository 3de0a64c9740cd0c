CasebookSearch.add("t/e58f8a",[["及更",[1,"BnCgkEB_X"]]]);
