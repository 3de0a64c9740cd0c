CasebookSearch.add("t/e5908d",[["名中",[9808,"B_FgiGC9LkU"]],["名取",[9808,"BgDgkEBwP"]],["名字",[9808,"BgDgoEByV"]]]);
