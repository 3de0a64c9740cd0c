CasebookSearch.add("v/7573",["usually"]);
