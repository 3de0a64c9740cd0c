CasebookSearch.add("t/e69da5",[["来就",[1,"B_Fg4ECjUuE"]],["来源",[1,"BgDgoEBzX"]]]);
