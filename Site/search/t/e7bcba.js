CasebookSearch.add("t/e7bcba",[["缺失",[1,"B2GgqED7MycZ"]]]);
