CasebookSearch.add("v/626f",["bodies","both"]);
