CasebookSearch.add("t/e5bf97",[["志中",[9808,"BgDgiEB2K"]]]);
