CasebookSearch.add("t/e7bdb2",[["署到",[1,"BnCggFBv6B"]]]);
