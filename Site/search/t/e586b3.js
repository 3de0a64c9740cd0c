CasebookSearch.add("t/e586b3",[["决于",[1,"BnCgkEBlX"]],["决方",[1,"BnCgwEB5uB"]]]);
