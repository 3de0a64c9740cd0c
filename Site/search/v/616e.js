CasebookSearch.add("v/616e",["another"]);
