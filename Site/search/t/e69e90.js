CasebookSearch.add("t/e69e90",[["析的",[9808,"BgGgoFChU2K"]]]);
