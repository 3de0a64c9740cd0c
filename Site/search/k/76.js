CasebookSearch.add("k/76","Av");
