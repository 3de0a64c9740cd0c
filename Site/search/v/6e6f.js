CasebookSearch.add("v/6e6f",["noted","notext","nothing"]);
