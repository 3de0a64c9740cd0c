CasebookSearch.add("t/e5b0b1",[["就拒",[9808,"BgDgoEB8T"]],["就没",[9808,"BgDgwEBqY"]]]);
