CasebookSearch.add("t/e4b89c",[["东西",[1,"BnCgwEB4wB"]]]);
