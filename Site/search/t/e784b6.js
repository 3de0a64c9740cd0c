CasebookSearch.add("t/e784b6",[["然存",[1,"BgDggFB8e"]],["然没",[1,"BgDgoEB0W"]]]);
