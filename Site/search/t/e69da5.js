CasebookSearch.add("t/e69da5",[["来就",[9808,"BgGg4EC7TuE"]],["来源",[9808,"BgDgoEBrX"]]]);
