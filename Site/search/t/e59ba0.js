CasebookSearch.add("t/e59ba0",[["因是",[1,"BgDgoEBwU"]],["因此",[1,"B_FgwEC2YlB"]]]);
