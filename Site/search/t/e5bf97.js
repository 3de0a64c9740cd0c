CasebookSearch.add("t/e5bf97",[["志中",[1,"BgDgiEB-K"]]]);
