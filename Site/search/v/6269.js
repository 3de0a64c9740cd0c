CasebookSearch.add("v/6269",["binary","binds"]);
