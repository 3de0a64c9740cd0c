CasebookSearch.add("v/6163",["accept","accepts"]);
