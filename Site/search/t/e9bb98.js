CasebookSearch.add("t/e9bb98",[["默认",[1,"BnCgkEB2Z"]]]);
