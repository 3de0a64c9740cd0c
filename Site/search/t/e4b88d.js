CasebookSearch.add("t/e4b88d",[["不依",[1,"BgDgkEBiO"]],["不再",[1,"BgDgoEBuW"]],["不存",[1,"BgDgoEBuU"]],["不支",[1,"BgDgoEB1S"]]]);
