CasebookSearch.add("t/e58fa3",[["口符",[1,"ByZmwED8BchxB"]]]);
