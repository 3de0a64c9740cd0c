CasebookSearch.add("t/e7bb91",[["绑定",[9808,[[1,96,4224,[477]]]]]]);
