CasebookSearch.add("t/e997ad",[["闭严",[1,"BgDgwEB3X"]]]);
