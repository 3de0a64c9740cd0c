CasebookSearch.add("v/6173",["assembly"]);
