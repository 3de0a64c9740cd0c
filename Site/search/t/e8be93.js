CasebookSearch.add("t/e8be93",[["输出",[1,"BvEgiFCyPjtB"]]]);
