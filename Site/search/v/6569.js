CasebookSearch.add("v/6569",["either"]);
