CasebookSearch.add("t/e7a9ba",[["空引",[9808,[[1,96,4352,[699]]]]]]);
