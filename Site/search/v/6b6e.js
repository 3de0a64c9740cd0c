CasebookSearch.add("v/6b6e",["known"]);
