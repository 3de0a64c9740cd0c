CasebookSearch.add("t/e6af94",[["比事",[1,"BnCggGB4gC"]]]);
