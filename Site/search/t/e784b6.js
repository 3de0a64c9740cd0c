CasebookSearch.add("t/e784b6",[["然没",[1,"BnCgwEB9zB"]]]);
