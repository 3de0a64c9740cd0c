CasebookSearch.add("v/6675",["full","function","functions"]);
