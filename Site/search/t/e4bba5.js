CasebookSearch.add("t/e4bba5",[["以",[9808,"B3JkgEB2C"]],["以及",[9808,"BgDggFB6d"]],["以模",[9808,"BgDgwEB_Z"]],["以确",[9808,"BgDgiEBrL"]],["以这",[9808,"BgDggFBne"]]]);
