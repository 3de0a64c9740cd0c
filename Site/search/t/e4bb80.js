CasebookSearch.add("t/e4bb80",[["什么",[9808,"BgDggGBuhB"]]]);
