CasebookSearch.add("t/e696b0",[["新增",[1,"BnCgkEB9S"]]]);
