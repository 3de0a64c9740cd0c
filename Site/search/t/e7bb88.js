CasebookSearch.add("t/e7bb88",[["终符",[9808,"BgDgkEBtP"]]]);
