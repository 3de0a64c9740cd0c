CasebookSearch.add("t/e4b8a5",[["严格",[9808,"BgGg4ECiS2F"]]]);
