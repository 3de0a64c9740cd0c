CasebookSearch.add("t/e8808c",[["而",[1,"B_FgoEC2T6B"]]]);
