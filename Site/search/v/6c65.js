CasebookSearch.add("v/6c65",["least","leave","leaves","lessons"]);
