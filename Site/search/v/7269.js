CasebookSearch.add("v/7269",["right"]);
