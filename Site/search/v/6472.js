CasebookSearch.add("v/6472",["drop"]);
