CasebookSearch.add("t/e78988",[["版本",[1,"BgDggFB-c"]]]);
