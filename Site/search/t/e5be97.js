CasebookSearch.add("t/e5be97",[["得到",[9808,[[1,96,4224,[505]]]]]]);
