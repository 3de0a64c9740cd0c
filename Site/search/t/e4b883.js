CasebookSearch.add("t/e4b883",[["七个",[1,"BnCggGB8gC"]]]);
