CasebookSearch.add("v/7468",["that","then","there","therefore","these","this","three","through"]);
