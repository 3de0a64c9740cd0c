CasebookSearch.add("t/e588b6",[["制文",[1,"BgDggGBvhB"]]]);
