CasebookSearch.add("t/e58f97",[["受未",[1,"BnCgwEB8wB"]]]);
