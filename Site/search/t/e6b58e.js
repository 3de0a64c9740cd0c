CasebookSearch.add("t/e6b58e",[["济于",[9808,[[1,96,4608,[789]]]]]]);
