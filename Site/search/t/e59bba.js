CasebookSearch.add("t/e59bba",[["固链",[1,"BnCgoEBtd"]]]);
