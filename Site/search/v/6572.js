CasebookSearch.add("v/6572",["error","errors"]);
