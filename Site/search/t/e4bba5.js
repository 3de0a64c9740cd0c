CasebookSearch.add("t/e4bba5",[["以",[1,"B3JkgEB2C"]],["以及",[1,"BgDggFB6d"]],["以模",[1,"BgDgwEB_Z"]],["以确",[1,"BgDgiEBrL"]],["以这",[1,"BgDggFBne"]]]);
