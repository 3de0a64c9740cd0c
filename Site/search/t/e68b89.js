CasebookSearch.add("t/e68b89",[["拉取",[1,"BnCgiEB7J"]]]);
