CasebookSearch.add("t/e5b0b1",[["就拒",[1,"BgDgoEB8T"]],["就没",[1,"BgDgwEBqY"]]]);
