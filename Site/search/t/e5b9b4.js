CasebookSearch.add("t/e5b9b4",[["年",[1,"B_FgmECmInF"]]]);
