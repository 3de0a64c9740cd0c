CasebookSearch.add("t/e4bbbb",[["任何",[9808,[[1,96,4608,[864]]]]]]);
