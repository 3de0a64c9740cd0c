CasebookSearch.add("t/e8bdaf",[["软件",[9808,"B_FgkFCnQzM"]]]);
