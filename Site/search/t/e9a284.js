CasebookSearch.add("t/e9a284",[["预期",[1,"BnCgwEBqvB"]]]);
