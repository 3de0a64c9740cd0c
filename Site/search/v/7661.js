CasebookSearch.add("v/7661",["validation","value"]);
