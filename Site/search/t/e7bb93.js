CasebookSearch.add("t/e7bb93",[["结案",[9808,"BgDggGB9gB"]]]);
