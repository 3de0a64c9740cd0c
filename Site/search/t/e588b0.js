CasebookSearch.add("t/e588b0",[["到的",[9808,"B_FgmECzKnF"]]]);
