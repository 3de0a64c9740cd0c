CasebookSearch.add("t/e58f98",[["变成",[1,"BgDgoEBlV"]]]);
