CasebookSearch.add("t/e5908d",[["名中",[1,"B_FgiGClMkU"]],["名取",[1,"BgDgkEB4P"]],["名字",[1,"BgDgoEB6V"]]]);
