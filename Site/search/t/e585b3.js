CasebookSearch.add("t/e585b3",[["关闭",[9808,"B_Fg4ECgT2E"]]]);
