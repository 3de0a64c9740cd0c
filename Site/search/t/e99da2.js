CasebookSearch.add("t/e99da2",[["面向",[9808,"BgDgiEBkI"]]]);
