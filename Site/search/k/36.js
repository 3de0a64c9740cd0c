CasebookSearch.add("k/36","A6");
