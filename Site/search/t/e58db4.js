CasebookSearch.add("t/e58db4",[["却没",[9808,[[1,96,4160,[406]]]]]]);
