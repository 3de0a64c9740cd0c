CasebookSearch.add("t/e5ae83",[["它几",[1,"BgDgiEBnL"]],["它在",[1,"BgDggGBjhB"]],["它默",[1,"BgDgkEBpQ"]]]);
