CasebookSearch.add("t/e59bb4",[["围函",[9808,[[1,96,6144,[1022]]]]]]);
