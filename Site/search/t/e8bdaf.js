CasebookSearch.add("t/e8bdaf",[["软件",[1,"B_FgkFCvQzM"]]]);
