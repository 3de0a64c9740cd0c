CasebookSearch.add("t/e5ae9e",[["实不",[1,"BgDgoEB1U"]],["实导",[1,"BgDgwEB8a"]],["实现",[1,"BgDgkEBtP"]]]);
