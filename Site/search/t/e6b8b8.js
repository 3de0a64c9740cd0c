CasebookSearch.add("t/e6b8b8",[["游的",[9808,[[1,96,4352,[569]]]]]]);
