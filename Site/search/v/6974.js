CasebookSearch.add("v/6974",["itself"]);
