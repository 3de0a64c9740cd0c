CasebookSearch.add("k/78","Ax");
