CasebookSearch.add("t/e8838c",[["背景",[9808,"BgDgkEBhN"]]]);
