CasebookSearch.add("t/e58db4",[["却没",[9808,"BgDgiEB2M"]]]);
