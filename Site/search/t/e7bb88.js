CasebookSearch.add("t/e7bb88",[["终的",[1,"BnCgkEB_W"]]]);
