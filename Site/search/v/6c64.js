CasebookSearch.add("v/6c64",["ldflags"]);
