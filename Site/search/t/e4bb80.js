CasebookSearch.add("t/e4bb80",[["什么",[9808,[[1,96,6144,[1070]]]]]]);
