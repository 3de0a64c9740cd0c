CasebookSearch.add("t/e59bba",[["固链",[9808,[[1,96,4352,[575]]]]]]);
