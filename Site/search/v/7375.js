CasebookSearch.add("v/7375",["such","summary","surrounding"]);
