CasebookSearch.add("t/e794b1",[["由",[1,"B4FghEBqH"]]]);
