CasebookSearch.add("t/e4b88d",[["不依",[1,"BgDgkEBqO"]],["不再",[1,"BgDgoEB2W"]],["不存",[1,"BgDgoEB2U"]],["不支",[1,"BgDgoEB9S"]]]);
