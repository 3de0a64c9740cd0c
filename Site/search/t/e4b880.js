CasebookSearch.add("t/e4b880",[["一手",[9808,"BgDgoEBwS"]],["一步",[9808,"BgDgiEBxI"]],["一点",[9808,"B_Fg4EC4SzI"]],["一设",[9808,"BgDgwEBxY"]]]);
