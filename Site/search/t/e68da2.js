CasebookSearch.add("t/e68da2",[["换成",[1,"BnCgoEBmlB"]]]);
