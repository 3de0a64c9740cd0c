CasebookSearch.add("t/e4bfae",[["修改",[9808,"BgDggFBkd"]]]);
