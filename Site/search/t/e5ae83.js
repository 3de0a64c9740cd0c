CasebookSearch.add("t/e5ae83",[["它几",[9808,"BgDgiEBnL"]],["它在",[9808,"BgDggGBjhB"]],["它默",[9808,"BgDgkEBpQ"]]]);
