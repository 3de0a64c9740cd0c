CasebookSearch.add("t/e58f98",[["变成",[9808,"BgDgoEB9U"]]]);
