CasebookSearch.add("t/e68c89",[["按完",[9808,"BgDgkEB2O"]]]);
