CasebookSearch.add("t/e8af81",[["证过",[1,"BnCgwEBw2B"]]]);
