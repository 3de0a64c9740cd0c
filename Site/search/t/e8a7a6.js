CasebookSearch.add("t/e8a7a6",[["触发",[9808,[[1,194,4128,[235]]]]]]);
