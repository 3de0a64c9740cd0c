CasebookSearch.add("v/736f",["solutions","some","source","sources"]);
