CasebookSearch.add("t/e4be9b",[["供了",[1,"BnCgwEB4vB"]]]);
