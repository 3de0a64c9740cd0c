CasebookSearch.add("t/e5be84",[["径变",[9808,"BgDgoEB8U"]],["径绑",[9808,"BgDgkEB8O"]]]);
