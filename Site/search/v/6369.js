CasebookSearch.add("v/6369",["citing"]);
