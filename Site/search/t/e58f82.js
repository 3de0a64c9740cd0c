CasebookSearch.add("t/e58f82",[["参数",[9808,"B_IgwHDkblBtE"]]]);
