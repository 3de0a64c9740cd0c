CasebookSearch.add("t/e4bd95",[["何链",[9808,[[1,96,4608,[865]]]]]]);
