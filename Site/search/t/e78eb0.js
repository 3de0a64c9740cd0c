CasebookSearch.add("t/e78eb0",[["现中",[1,"BgDgwEB6b"]],["现在",[1,"BgDgoEBtT"]]]);
