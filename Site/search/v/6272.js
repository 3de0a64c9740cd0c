CasebookSearch.add("v/6272",["brought"]);
