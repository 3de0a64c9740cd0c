CasebookSearch.add("v/7772",["wrapper","written"]);
