CasebookSearch.add("t/e58899",[["则指",[1,"BnCgoEBld"]],["则能",[1,"BnCgoEBknB"]]]);
