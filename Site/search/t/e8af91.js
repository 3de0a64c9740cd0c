CasebookSearch.add("t/e8af91",[["译顺",[1,"BgDgiEBkJ"]]]);
