CasebookSearch.add("t/e5908d",[["名中",[1,"B_FgiGC9LkU"]],["名取",[1,"BgDgkEBwP"]],["名字",[1,"BgDgoEByV"]]]);
