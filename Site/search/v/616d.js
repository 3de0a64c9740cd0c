CasebookSearch.add("v/616d",["among"]);
