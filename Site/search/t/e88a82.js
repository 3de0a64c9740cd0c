CasebookSearch.add("t/e88a82",[["节对",[1,"BnCgiEB5P"]]]);
