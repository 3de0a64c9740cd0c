CasebookSearch.add("t/e69e90",[["析的",[1,"B_FgoFChU2K"]]]);
