CasebookSearch.add("t/e5bcba",[["强制",[9808,[[1,96,4224,[534]]]]]]);
