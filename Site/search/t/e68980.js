CasebookSearch.add("t/e68980",[["所读",[9808,"BgDgiEBxK"]]]);
