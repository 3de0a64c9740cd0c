CasebookSearch.add("t/e6a0bc",[["格符",[9808,"B_Fg4ECjS2F"]]]);
