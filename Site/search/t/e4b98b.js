CasebookSearch.add("t/e4b98b",[["之计",[9808,"BgDggGB8gB"]]]);
