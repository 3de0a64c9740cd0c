CasebookSearch.add("t/e688aa",[["截断",[9808,[[1,96,4160,[345]]]]]]);
