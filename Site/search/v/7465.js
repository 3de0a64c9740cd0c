CasebookSearch.add("v/7465",["tells","test","tested","tetratelabs","text","textrel"]);
