CasebookSearch.add("k/2e","A.");
