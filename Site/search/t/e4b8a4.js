CasebookSearch.add("t/e4b8a4",[["两个",[1,"BvEgmEC5KzK"]],["两天",[1,"BnCgkEBxT"]]]);
