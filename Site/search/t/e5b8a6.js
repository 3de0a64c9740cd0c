CasebookSearch.add("t/e5b8a6",[["带有",[9808,[[1,96,5120,[902]]]]]]);
