CasebookSearch.add("t/e6999a",[["晚到",[1,"BnCgiEBvI"]]]);
