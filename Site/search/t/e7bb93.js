CasebookSearch.add("t/e7bb93",[["结案",[9808,[[1,96,6144,[1053]]]]]]);
