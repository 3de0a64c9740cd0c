CasebookSearch.add("t/e6aeb5",[["段加",[1,"BgDgwEBzZ"]]]);
