CasebookSearch.add("k/2f","A/");
