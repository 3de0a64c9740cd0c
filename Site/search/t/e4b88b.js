CasebookSearch.add("t/e4b88b",[["下了",[1,"BgDggGBshB"]],["下文",[1,"BgDgoEB6W"]]]);
