CasebookSearch.add("t/e8af91",[["译顺",[9808,"BgDgiEB8I"]]]);
