CasebookSearch.add("t/e7acac",[["第",[9808,"BgDgiEBiL"]],["第二",[9808,"BgDgiEBoK"]]]);
