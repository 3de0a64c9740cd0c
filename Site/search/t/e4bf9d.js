CasebookSearch.add("t/e4bf9d",[["保留",[9808,[[1,96,4608,[849]]]]]]);
