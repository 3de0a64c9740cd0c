CasebookSearch.add("t/e8a2ab",[["被加",[1,"BgDgiEByM"]],["被定",[1,"BgDgoEBsV"]],["被截",[1,"BgDgiEBgL"]],["被这",[1,"BgDgkEBuR"]]]);
