CasebookSearch.add("t/e4bba5",[["以",[1,"B3JkgEB2C"]],["以及",[1,"BgDggFBie"]],["以模",[1,"BgDgwEBna"]],["以确",[1,"BgDgiEBzL"]],["以这",[1,"BgDggFBve"]]]);
