CasebookSearch.add("t/e5a3b0",[["声明",[9808,[[1,96,4224,[457]]]]]]);
