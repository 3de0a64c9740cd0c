CasebookSearch.add("v/7472",["treat"]);
