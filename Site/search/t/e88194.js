CasebookSearch.add("t/e88194",[["联设",[9808,"BgDgkEBqR"]]]);
