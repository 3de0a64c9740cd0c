CasebookSearch.add("t/e696b9",[["方案",[1,"B_FgwEC9XuB"]]]);
