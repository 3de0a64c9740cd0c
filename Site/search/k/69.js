CasebookSearch.add("k/69","Ai");
