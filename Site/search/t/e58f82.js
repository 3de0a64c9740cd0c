CasebookSearch.add("t/e58f82",[["参数",[1,"B_IgwHDsblBtE"]]]);
