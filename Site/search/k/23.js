CasebookSearch.add("k/23","A#");
