CasebookSearch.add("v/6167",["against"]);
