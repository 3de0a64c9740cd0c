CasebookSearch.add("k/30","A0");
