CasebookSearch.add("t/e8808c",[["而",[1,"B_FgoECuT6B"]]]);
