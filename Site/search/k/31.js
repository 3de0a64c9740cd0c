CasebookSearch.add("k/31","A1");
