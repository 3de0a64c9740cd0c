CasebookSearch.add("t/e8bdaf",[["软件",[9808,[[1,192,5248,[519,922]]]]]]);
