CasebookSearch.add("t/e69fa5",[["查它",[9808,[[1,96,6144,[1058]]]]]]);
