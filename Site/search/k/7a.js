CasebookSearch.add("k/7a","Az");
