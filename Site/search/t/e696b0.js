CasebookSearch.add("t/e696b0",[["新增",[9808,"BgDgkEB0N"]]]);
