CasebookSearch.add("t/e5b9b4",[["年",[9808,"BgGgmEC-HnF"]]]);
