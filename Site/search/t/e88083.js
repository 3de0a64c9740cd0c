CasebookSearch.add("t/e88083",[["考虑",[1,"BgDgwEBlY"]]]);
