CasebookSearch.add("t/e6a0bc",[["格符",[9808,"BgGg4ECjS2F"]]]);
