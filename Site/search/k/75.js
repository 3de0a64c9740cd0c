CasebookSearch.add("k/75","Au");
