CasebookSearch.add("k/67","Ag");
