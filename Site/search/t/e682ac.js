CasebookSearch.add("t/e682ac",[["悬空",[9808,[[1,96,4352,[698]]]]]]);
