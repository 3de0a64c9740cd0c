CasebookSearch.add("t/e5bcba",[["强制",[1,"BnCgkEB8Y"]]]);
