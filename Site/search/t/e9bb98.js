CasebookSearch.add("t/e9bb98",[["默认",[9808,"B_FgsECqQ0C"]]]);
