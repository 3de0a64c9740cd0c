CasebookSearch.add("t/e997ad",[["闭严",[9808,[[1,96,4608,[759]]]]]]);
