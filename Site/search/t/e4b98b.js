CasebookSearch.add("t/e4b98b",[["之计",[9808,[[1,96,6144,[1052]]]]]]);
