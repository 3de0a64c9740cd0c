CasebookSearch.add("t/e8af95",[["试过",[9808,[[1,96,5120,[953]]]]]]);
