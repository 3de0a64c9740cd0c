CasebookSearch.add("v/6f75",["output"]);
