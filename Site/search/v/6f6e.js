CasebookSearch.add("v/6f6e",["only"]);
