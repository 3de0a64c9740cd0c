CasebookSearch.add("t/e5908e",[["后一",[1,"BgDgiEB4I"]],["后来",[1,"BgDgoEBqX"]]]);
