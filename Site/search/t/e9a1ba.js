CasebookSearch.add("t/e9a1ba",[["顺利",[9808,"BgDgiEB9I"]]]);
