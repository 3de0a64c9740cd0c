CasebookSearch.add("v/656d",["emits"]);
