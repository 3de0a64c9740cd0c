CasebookSearch.add("v/6672",["from","front"]);
