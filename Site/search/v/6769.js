CasebookSearch.add("v/6769",["github","gives"]);
