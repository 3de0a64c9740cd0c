CasebookSearch.add("t/e6b3a8",[["注明",[1,"BnCgwEB2yB"]]]);
