CasebookSearch.add("t/e784b6",[["然存",[9808,"BgDggFB8e"]],["然没",[9808,"BgDgoEB0W"]]]);
