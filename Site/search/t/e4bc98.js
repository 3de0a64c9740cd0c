CasebookSearch.add("t/e4bc98",[["优化",[9808,[[1,96,4160,[300]]]]]]);
