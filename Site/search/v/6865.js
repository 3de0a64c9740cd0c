CasebookSearch.add("v/6865",["help","here"]);
