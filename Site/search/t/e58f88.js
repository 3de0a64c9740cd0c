CasebookSearch.add("t/e58f88",[["又重",[1,"BnCggFBx3B"]]]);
