CasebookSearch.add("t/e5b091",[["少发",[9808,"BgDggFB-c"]]]);
