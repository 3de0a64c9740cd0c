CasebookSearch.add("t/e4b988",[["么说",[1,"BnCgoEBnc"]]]);
