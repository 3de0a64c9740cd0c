CasebookSearch.add("k/35","A5");
