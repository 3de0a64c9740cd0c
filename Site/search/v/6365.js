CasebookSearch.add("v/6365",["certainly"]);
