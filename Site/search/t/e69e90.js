CasebookSearch.add("t/e69e90",[["析的",[1,"B_FgoFCpU2K"]]]);
