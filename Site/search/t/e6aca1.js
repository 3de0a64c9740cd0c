CasebookSearch.add("t/e6aca1",[["次重",[9808,"BgDggFB0c"]]]);
