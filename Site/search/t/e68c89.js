CasebookSearch.add("t/e68c89",[["按完",[1,"BgDgkEB-O"]]]);
