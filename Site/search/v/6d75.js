CasebookSearch.add("v/6d75",["must"]);
