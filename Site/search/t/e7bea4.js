CasebookSearch.add("t/e7bea4",[["群测",[9808,[[1,96,5120,[951]]]]]]);
