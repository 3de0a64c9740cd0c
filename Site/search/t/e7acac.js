CasebookSearch.add("t/e7acac",[["第",[1,"BgDgiEBqL"]],["第二",[1,"BgDgiEBwK"]]]);
