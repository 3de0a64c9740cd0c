CasebookSearch.add("v/7075",["pull","pulled","puts"]);
