CasebookSearch.add("t/e997ae",[["问题",[9808,"BgDgoEBoX"]]]);
