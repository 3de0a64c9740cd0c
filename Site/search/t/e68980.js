CasebookSearch.add("t/e68980",[["所读",[1,"BgDgiEBxK"]]]);
