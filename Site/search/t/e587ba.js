CasebookSearch.add("t/e587ba",[["出中",[1,"BgDgiEBwL"]],["出现",[1,"B_FgoGCkT_M"]],["出的",[1,"B_FgkGCjRxO"]]]);
