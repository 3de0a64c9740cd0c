CasebookSearch.add("k/72","Ar");
