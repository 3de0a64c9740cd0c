CasebookSearch.add("v/736f",["solutions","some","sources"]);
