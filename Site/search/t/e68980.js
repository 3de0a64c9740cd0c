CasebookSearch.add("t/e68980",[["所读",[1,"BgDgiEB5K"]]]);
