CasebookSearch.add("v/6d65",["means","mechanism","merge","merged","messages"]);
