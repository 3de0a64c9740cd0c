CasebookSearch.add("t/e58e9f",[["原因",[9808,"BgGgoEC3RwC"]]]);
