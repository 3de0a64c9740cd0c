CasebookSearch.add("t/e5ad98",[["存在",[9808,"B_FgoFCvUuK"]]]);
