CasebookSearch.add("t/e4bd93",[["体的",[9808,[[1,96,4224,[464]]]]]]);
