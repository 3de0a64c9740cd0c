CasebookSearch.add("t/e4bfae",[["修改",[9808,[[1,96,5120,[932]]]]]]);
