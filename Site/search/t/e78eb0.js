CasebookSearch.add("t/e78eb0",[["现中",[1,"BgDgwEByb"]],["现在",[1,"BgDgoEBlT"]]]);
