CasebookSearch.add("k/61","Aa");
