CasebookSearch.add("t/e58a9f",[["功并",[9808,[[1,96,5120,[913]]]]]]);
