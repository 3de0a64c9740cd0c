CasebookSearch.add("t/e682ac",[["悬空",[9808,"BgDgoEB6V"]]]);
