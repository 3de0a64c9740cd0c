CasebookSearch.add("t/e6a0bc",[["格符",[1,"B_Fg4ECrS2F"]]]);
