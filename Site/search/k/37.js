CasebookSearch.add("k/37","A7");
