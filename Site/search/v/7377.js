CasebookSearch.add("v/7377",["switch"]);
