CasebookSearch.add("t/e98787",[["采用",[1,"B_IgwEDoYgBnB"]]]);
