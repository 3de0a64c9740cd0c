CasebookSearch.add("v/6665",["fedora"]);
