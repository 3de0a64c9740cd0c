CasebookSearch.add("k/63","Ac");
