CasebookSearch.add("t/e4bc98",[["优化",[1,"BnCgiEBzK"]]]);
