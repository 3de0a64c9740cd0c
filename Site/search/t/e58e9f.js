CasebookSearch.add("t/e58e9f",[["原因",[1,"B_FgoEC_RwC"]]]);
