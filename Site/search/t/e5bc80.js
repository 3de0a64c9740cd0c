CasebookSearch.add("t/e5bc80",[["开关",[1,"BnCgwEB8vB"]],["开启",[1,"BnCgoEBrf"]]]);
