CasebookSearch.add("t/e5bf97",[["志中",[9808,[[1,96,4160,[342]]]]]]);
