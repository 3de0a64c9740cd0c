CasebookSearch.add("v/6c6f",["load","loaded","loader","local"]);
