CasebookSearch.add("t/e98787",[["采用",[9808,"B_IgwEDgYgBnB"]]]);
