CasebookSearch.add("k/38","A8");
