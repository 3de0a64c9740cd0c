CasebookSearch.add("t/e697a0",[["无济",[1,"BgDgwEB8Y"]],["无需",[1,"BgDgwEBmb"]]]);
