CasebookSearch.add("v/6f62",["object"]);
