CasebookSearch.add("t/e4b8a5",[["严格",[1,"B_Fg4ECqS2F"]]]);
