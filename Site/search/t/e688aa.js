CasebookSearch.add("t/e688aa",[["截断",[1,"BnCgiEBpM"]]]);
