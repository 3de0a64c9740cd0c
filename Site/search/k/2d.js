CasebookSearch.add("k/2d","A-");
