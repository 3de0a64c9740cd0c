CasebookSearch.add("v/6561",["each","earlier"]);
