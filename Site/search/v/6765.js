CasebookSearch.add("v/6765",["gets"]);
