CasebookSearch.add("v/7765",["webassembly"]);
