CasebookSearch.add("t/e5b8ae",[["帮不",[1,"BnCgwEBjwB"]]]);
