CasebookSearch.add("t/e8af8a",[["诊断",[1,"BnCgiEB7P"]]]);
