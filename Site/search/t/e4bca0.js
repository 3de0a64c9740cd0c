CasebookSearch.add("t/e4bca0",[["传给",[9808,[[1,96,4224,[538]]]]]]);
