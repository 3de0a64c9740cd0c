CasebookSearch.add("t/e69da5",[["来就",[9808,"B_Fg4EC7TuE"]],["来源",[9808,"BgDgoEBrX"]]]);
