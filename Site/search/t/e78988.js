CasebookSearch.add("t/e78988",[["版本",[9808,"BgDggFB2c"]]]);
