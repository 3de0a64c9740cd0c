CasebookSearch.add("t/e9a1ba",[["顺利",[9808,[[1,96,4160,[285]]]]]]);
