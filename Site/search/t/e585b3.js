CasebookSearch.add("t/e585b3",[["关闭",[9808,"BgGg4ECgT2E"]]]);
