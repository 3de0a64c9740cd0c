CasebookSearch.add("t/e6aeb5",[["段",[1,"BnCgwEB9xB"]]]);
