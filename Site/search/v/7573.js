CasebookSearch.add("v/7573",["used","usually"]);
