CasebookSearch.add("t/e58db3",[["即可",[1,"BgDgwEB7a"]],["即恢",[1,"BgDggFBqd"]]]);
