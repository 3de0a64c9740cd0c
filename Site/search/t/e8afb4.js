CasebookSearch.add("t/e8afb4",[["说明",[1,"B_IgiFD7LNzS"]],["说法",[1,"BgDgoEBjS"]]]);
