CasebookSearch.add("v/6967",["ignores"]);
