CasebookSearch.add("t/e69da5",[["来就",[1,"B_Fg4EC7TuE"]],["来源",[1,"BgDgoEBrX"]]]);
