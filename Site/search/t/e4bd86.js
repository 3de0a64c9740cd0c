CasebookSearch.add("t/e4bd86",[["但",[9808,"BgDgwEB2Z"]],["但通",[9808,"BgDgiEBgJ"]]]);
