CasebookSearch.add("t/e6a188",[["案前",[9808,"BgDggGB-gB"]]]);
