CasebookSearch.add("t/e5b9b4",[["年",[1,"BsNg2GGxI0J_FpBgYlP"]]]);
