CasebookSearch.add("t/e5a3b0",[["声明",[9808,"BgDgkEBpO"]]]);
