CasebookSearch.add("t/e58db3",[["即可",[1,"BgDgwEBjb"]],["即恢",[1,"BgDggFByd"]]]);
