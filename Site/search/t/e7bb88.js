CasebookSearch.add("t/e7bb88",[["终符",[1,"BgDgkEB1P"]]]);
