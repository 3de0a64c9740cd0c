CasebookSearch.add("t/e5a4a9",[["天后",[1,"BnCgkEByT"]]]);
