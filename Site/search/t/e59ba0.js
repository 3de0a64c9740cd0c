CasebookSearch.add("t/e59ba0",[["因是",[9808,"BgDgoEBoU"]],["因此",[9808,"B_FgwECuYlB"]]]);
