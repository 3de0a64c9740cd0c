CasebookSearch.add("k/77","Aw");
