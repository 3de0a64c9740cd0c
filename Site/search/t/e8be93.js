CasebookSearch.add("t/e8be93",[["输出",[9808,"B_FgiFCvLiT"]]]);
