CasebookSearch.add("t/e4b880",[["一手",[1,"BgDgoEBwS"]],["一步",[1,"BgDgiEBxI"]],["一点",[1,"B_Fg4EC4SzI"]],["一设",[1,"BgDgwEBxY"]]]);
