CasebookSearch.add("t/e99d9e",[["非真",[1,"BnCgoEBkmB"]]]);
