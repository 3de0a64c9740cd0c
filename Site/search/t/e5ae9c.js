CasebookSearch.add("t/e5ae9c",[["宜之",[9808,[[1,96,6144,[1051]]]]]]);
