CasebookSearch.add("k/64","Ad");
