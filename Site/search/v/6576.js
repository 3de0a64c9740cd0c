CasebookSearch.add("v/6576",["every"]);
