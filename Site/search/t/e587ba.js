CasebookSearch.add("t/e587ba",[["出中",[1,"BgDgiEB4L"]],["出现",[1,"B_FgoGCsT_M"]],["出的",[1,"B_FgkGCrRxO"]]]);
