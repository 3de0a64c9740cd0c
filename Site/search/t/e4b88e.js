CasebookSearch.add("t/e4b88e",[["与",[1,"B4FghEBkG"]]]);
