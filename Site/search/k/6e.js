CasebookSearch.add("k/6e","An");
