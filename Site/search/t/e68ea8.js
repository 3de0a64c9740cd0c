CasebookSearch.add("t/e68ea8",[["推荐",[9808,[[1,96,4608,[837]]]]]]);
