CasebookSearch.add("t/e997ad",[["闭严",[1,"BgDgwEB_X"]]]);
