CasebookSearch.add("t/e5b0b1",[["就拒",[1,"BgDgoEBkU"]],["就没",[1,"BgDgwEByY"]]]);
