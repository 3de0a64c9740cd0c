CasebookSearch.add("t/e688aa",[["截断",[9808,"BgDgiEB5K"]]]);
