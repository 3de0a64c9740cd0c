CasebookSearch.add("v/6172",["article"]);
