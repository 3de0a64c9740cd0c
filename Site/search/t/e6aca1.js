CasebookSearch.add("t/e6aca1",[["次重",[9808,[[1,96,5120,[916]]]]]]);
