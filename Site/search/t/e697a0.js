CasebookSearch.add("t/e697a0",[["无济",[1,"BgDgwEB0Y"]],["无需",[1,"BgDgwEB-a"]]]);
