CasebookSearch.add("t/e58db3",[["即可",[9808,"BgDgwEB7a"]],["即恢",[9808,"BgDggFBqd"]]]);
