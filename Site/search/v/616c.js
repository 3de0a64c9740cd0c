CasebookSearch.add("v/616c",["almost","already","also"]);
