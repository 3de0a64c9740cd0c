CasebookSearch.add("t/e697a0",[["无济",[9808,"BgDgwEB0Y"]],["无需",[9808,"BgDgwEB-a"]]]);
