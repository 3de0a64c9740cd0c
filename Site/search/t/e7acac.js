CasebookSearch.add("t/e7acac",[["第",[1,"BgDgiEBiL"]],["第二",[1,"BgDgiEBoK"]]]);
