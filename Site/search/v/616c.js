CasebookSearch.add("v/616c",["almost","alone","already","also"]);
