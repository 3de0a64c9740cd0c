CasebookSearch.add("v/6164",["added","adds","adopted"]);
