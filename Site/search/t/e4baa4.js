CasebookSearch.add("t/e4baa4",[["交给",[9808,[[1,96,4352,[702]]]]]]);
