CasebookSearch.add("t/e8aebe",[["设置",[9808,[[1,192,4736,[555,786]]]]]]);
