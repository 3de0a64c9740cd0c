CasebookSearch.add("t/e58f96",[["取决",[9808,"BgDgkEBxP"]]]);
