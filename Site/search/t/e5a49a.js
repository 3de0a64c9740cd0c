CasebookSearch.add("t/e5a49a",[["多次",[9808,[[1,96,5120,[915]]]]]]);
