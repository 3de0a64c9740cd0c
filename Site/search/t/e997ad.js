CasebookSearch.add("t/e997ad",[["闭严",[9808,"BgDgwEB3X"]]]);
