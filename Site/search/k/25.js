CasebookSearch.add("k/25","A%");
