CasebookSearch.add("t/e59ba0",[["因是",[1,"BgDgoEBoU"]],["因此",[1,"B_FgwECuYlB"]]]);
