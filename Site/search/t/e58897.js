CasebookSearch.add("t/e58897",[["列入",[1,"BnCgiEB9N"]]]);
