CasebookSearch.add("t/e5be84",[["径变",[1,"BgDgoEB8U"]],["径绑",[1,"BgDgkEB8O"]]]);
