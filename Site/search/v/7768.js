CasebookSearch.add("v/7768",["what","whatever","when","where","whether","which","while"]);
