CasebookSearch.add("v/636c",["cluster"]);
