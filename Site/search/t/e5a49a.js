CasebookSearch.add("t/e5a49a",[["多次",[9808,"BgDggFBzc"]]]);
