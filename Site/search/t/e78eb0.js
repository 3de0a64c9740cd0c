CasebookSearch.add("t/e78eb0",[["现中",[9808,"BgDgwEByb"]],["现在",[9808,"BgDgoEBlT"]]]);
