CasebookSearch.add("v/6461",["dangling","dates","days"]);
