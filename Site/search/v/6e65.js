CasebookSearch.add("v/6e65",["needed","newer","next"]);
