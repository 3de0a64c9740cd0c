CasebookSearch.add("v/796f",["yourself"]);
