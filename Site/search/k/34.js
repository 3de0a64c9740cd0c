CasebookSearch.add("k/34","A4");
