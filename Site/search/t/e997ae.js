CasebookSearch.add("t/e997ae",[["问题",[9808,[[1,96,4352,[744]]]]]]);
