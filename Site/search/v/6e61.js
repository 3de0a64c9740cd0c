CasebookSearch.add("v/6e61",["name","named","names"]);
