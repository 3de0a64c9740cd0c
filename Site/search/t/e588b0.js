CasebookSearch.add("t/e588b0",[["到的",[1,"B_FgmEC7KnF"]]]);
