CasebookSearch.add("t/e5a484",[["处细",[1,"BnCgiEB3P"]]]);
