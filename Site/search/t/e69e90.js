CasebookSearch.add("t/e69e90",[["析的",[9808,"B_FgoFChU2K"]]]);
