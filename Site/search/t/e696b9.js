CasebookSearch.add("t/e696b9",[["方案",[9808,"B_FgwEC1XuB"]]]);
