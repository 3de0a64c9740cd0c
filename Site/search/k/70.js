CasebookSearch.add("k/70","Ap");
