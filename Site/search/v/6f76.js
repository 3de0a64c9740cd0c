CasebookSearch.add("v/6f76",["over"]);
