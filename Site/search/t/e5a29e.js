CasebookSearch.add("t/e5a29e",[["增了",[1,"BnCgkEB-S"]]]);
