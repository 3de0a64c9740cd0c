CasebookSearch.add("t/e8af91",[["译顺",[9808,[[1,96,4160,[284]]]]]]);
