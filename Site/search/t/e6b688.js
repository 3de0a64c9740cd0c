CasebookSearch.add("t/e6b688",[["消失",[9808,"BgDggGBygB"]]]);
