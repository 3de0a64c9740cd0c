CasebookSearch.add("k/33","A3");
