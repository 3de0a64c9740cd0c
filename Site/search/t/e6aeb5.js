CasebookSearch.add("t/e6aeb5",[["段加",[9808,[[1,96,4608,[811]]]]]]);
