CasebookSearch.add("t/e694b9",[["改后",[9808,"BgDggFBld"]]]);
