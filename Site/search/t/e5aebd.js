CasebookSearch.add("t/e5aebd",[["宽特",[1,"BnCgoEBzoB"]]]);
