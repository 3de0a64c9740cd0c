CasebookSearch.add("t/e680bb",[["总结",[9808,"BgDggGBnf"]]]);
