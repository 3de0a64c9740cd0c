CasebookSearch.add("t/e587ba",[["出中",[9808,"BgDgiEBwL"]],["出现",[9808,"B_FgoGCkT_M"]],["出的",[9808,"B_FgkGCjRxO"]]]);
