CasebookSearch.add("v/6669",["file","final","finished","first"]);
