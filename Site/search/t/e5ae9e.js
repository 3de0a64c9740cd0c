CasebookSearch.add("t/e5ae9e",[["实不",[1,"BgDgoEBtU"]],["实导",[1,"BgDgwEB0a"]],["实现",[1,"BgDgkEBlP"]]]);
