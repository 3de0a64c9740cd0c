CasebookSearch.add("t/e784b6",[["然存",[1,"BgDggFBkf"]],["然没",[1,"BgDgoEB8W"]]]);
