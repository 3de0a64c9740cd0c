CasebookSearch.add("t/e58886",[["分别",[1,"BnCgkEBlW"]]]);
