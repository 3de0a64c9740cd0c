CasebookSearch.add("v/7468",["that","then","there","these","this","three","through"]);
