CasebookSearch.add("k/6f","Ao");
