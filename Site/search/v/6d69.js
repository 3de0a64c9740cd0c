CasebookSearch.add("v/6d69",["missing"]);
