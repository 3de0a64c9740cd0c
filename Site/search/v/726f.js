CasebookSearch.add("v/726f",["root","routine"]);
