CasebookSearch.add("t/e680bb",[["总结",[9808,[[1,96,6144,[999]]]]]]);
