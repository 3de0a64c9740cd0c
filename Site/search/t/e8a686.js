CasebookSearch.add("t/e8a686",[["覆盖",[9808,"BgDgkEBtR"]]]);
