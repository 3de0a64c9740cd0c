CasebookSearch.add("v/6874",["https"]);
