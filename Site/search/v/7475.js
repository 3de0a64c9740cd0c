CasebookSearch.add("v/7475",["turn","turned","turns"]);
