CasebookSearch.add("t/e58f8a",[["及加",[9808,"BgDggFB7d"]]]);
