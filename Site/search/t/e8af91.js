CasebookSearch.add("t/e8af91",[["译顺",[1,"BgDgiEB8I"]]]);
