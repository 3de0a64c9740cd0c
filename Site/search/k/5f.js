CasebookSearch.add("k/5f","A_");
