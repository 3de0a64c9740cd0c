CasebookSearch.add("t/e58f8a",[["及加",[9808,[[1,96,5120,[955]]]]]]);
