CasebookSearch.add("t/e5a3b0",[["声明",[1,"BgDgkEBxO"]]]);
