CasebookSearch.add("t/e68dae",[["据供",[9808,[[1,96,4160,[347]]]]]]);
