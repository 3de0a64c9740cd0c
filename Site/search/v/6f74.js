CasebookSearch.add("v/6f74",["other"]);
