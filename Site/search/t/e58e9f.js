CasebookSearch.add("t/e58e9f",[["原因",[9808,"B_FgoEC3RwC"]]]);
