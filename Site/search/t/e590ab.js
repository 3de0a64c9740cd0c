CasebookSearch.add("t/e590ab",[["含这",[1,"BnCgkEBsa"]]]);
