CasebookSearch.add("v/6e65",["needed","neither","newer","next"]);
