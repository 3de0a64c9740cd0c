CasebookSearch.add("k/6b","Ak");
