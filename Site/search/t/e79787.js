CasebookSearch.add("t/e79787",[["症状",[1,"BnCgiEBtI"]]]);
