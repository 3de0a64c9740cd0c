CasebookSearch.add("t/e4bdbf",[["使用",[9808,[[1,96,4160,[373]]]]]]);
