CasebookSearch.add("t/e99da2",[["面向",[1,"BgDgiEBsI"]]]);
