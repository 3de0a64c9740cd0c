CasebookSearch.add("t/e6a0b7",[["样检",[9808,[[1,96,5120,[969]]]]]]);
