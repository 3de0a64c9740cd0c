CasebookSearch.add("t/e5b9b4",[["年",[9808,"B_FgmEC-HnF"]]]);
