CasebookSearch.add("v/7361",["said","same","says"]);
