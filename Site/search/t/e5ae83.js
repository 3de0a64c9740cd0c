CasebookSearch.add("t/e5ae83",[["它几",[1,"BgDgiEBvL"]],["它在",[1,"BgDggGBrhB"]],["它默",[1,"BgDgkEBxQ"]]]);
