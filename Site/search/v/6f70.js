CasebookSearch.add("v/6f70",["optimizing","optional"]);
