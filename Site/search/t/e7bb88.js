CasebookSearch.add("t/e7bb88",[["终符",[9808,[[1,96,4224,[493]]]]]]);
