CasebookSearch.add("v/686f",["hold"]);
