CasebookSearch.add("v/6162",["about"]);
