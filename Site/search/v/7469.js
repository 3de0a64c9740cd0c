CasebookSearch.add("v/7469",["time","times"]);
