CasebookSearch.add("t/e5ae9e",[["实不",[9808,"BgDgoEBtU"]],["实导",[9808,"BgDgwEB0a"]],["实现",[9808,"BgDgkEBlP"]]]);
