CasebookSearch.add("t/e8af81",[["证过",[9808,[[1,96,4608,[885]]]]]]);
