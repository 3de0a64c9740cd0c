CasebookSearch.add("t/e588b6",[["制文",[9808,"BgDggGBnhB"]]]);
