CasebookSearch.add("t/e6ada4",[["此不",[1,"BnCgiEB7N"]]]);
