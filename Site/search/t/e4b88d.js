CasebookSearch.add("t/e4b88d",[["不依",[9808,"BgDgkEBiO"]],["不再",[9808,"BgDgoEBuW"]],["不存",[9808,"BgDgoEBuU"]],["不支",[9808,"BgDgoEB1S"]]]);
