CasebookSearch.add("t/e4b8a5",[["严格",[9808,"B_Fg4ECiS2F"]]]);
