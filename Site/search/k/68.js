CasebookSearch.add("k/68","Ah");
