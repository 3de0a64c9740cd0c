CasebookSearch.add("t/e4b88b",[["下了",[9808,"BgDggGBshB"]],["下文",[9808,"BgDgoEB6W"]]]);
