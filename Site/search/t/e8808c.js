CasebookSearch.add("t/e8808c",[["而",[9808,"B_FgoECuT6B"]]]);
