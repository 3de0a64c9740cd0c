CasebookSearch.add("t/e6b58b",[["测试",[9808,[[1,96,5120,[952]]]]]]);
