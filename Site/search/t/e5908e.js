CasebookSearch.add("t/e5908e",[["后一",[1,"BgDgiEBwI"]],["后来",[1,"BgDgoEBiX"]]]);
