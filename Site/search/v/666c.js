CasebookSearch.add("v/666c",["flag","flags"]);
