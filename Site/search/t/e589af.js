CasebookSearch.add("t/e589af",[["副本",[1,"BnCgiEBlM"]]]);
