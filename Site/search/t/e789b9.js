CasebookSearch.add("t/e789b9",[["特定",[1,"BnCgoEB0oB"]],["特征",[1,"BnCgiEBlO"]]]);
