CasebookSearch.add("t/e8b4a5",[["败的",[1,"BvEgoECzfrL"]],["败通",[1,"BnCgiEBpO"]]]);
