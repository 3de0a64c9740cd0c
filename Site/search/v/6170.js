CasebookSearch.add("v/6170",["appear"]);
