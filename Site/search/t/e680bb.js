CasebookSearch.add("t/e680bb",[["总结",[1,"BnCggGBu9B"]]]);
