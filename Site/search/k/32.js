CasebookSearch.add("k/32","A2");
