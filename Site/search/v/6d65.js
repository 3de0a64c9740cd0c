CasebookSearch.add("v/6d65",["means","merged","messages"]);
