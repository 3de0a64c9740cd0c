CasebookSearch.add("v/6479",["dynamic"]);
