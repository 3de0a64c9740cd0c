CasebookSearch.add("t/e68896",[["或更",[1,"B4FghEBkI"]]]);
