CasebookSearch.add("v/636c",["claims"]);
