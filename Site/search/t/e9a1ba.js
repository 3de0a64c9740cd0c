CasebookSearch.add("t/e9a1ba",[["顺利",[1,"BnCgiEBlK"]]]);
