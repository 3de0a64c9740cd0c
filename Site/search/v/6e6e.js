CasebookSearch.add("v/6e6e",["nnnn"]);
