CasebookSearch.add("t/e99499",[["错误",[9808,"BgDggGBxgB"]]]);
