CasebookSearch.add("t/e8afbb",[["读到",[9808,[[1,96,4160,[338]]]]]]);
