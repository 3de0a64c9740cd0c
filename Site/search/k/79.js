CasebookSearch.add("k/79","Ay");
