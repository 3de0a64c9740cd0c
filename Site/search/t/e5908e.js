CasebookSearch.add("t/e5908e",[["后一",[9808,"BgDgiEBwI"]],["后来",[9808,"BgDgoEBiX"]]]);
