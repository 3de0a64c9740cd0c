CasebookSearch.add("t/e58f96",[["取决",[1,"BgDgkEB5P"]]]);
