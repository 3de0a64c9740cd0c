CasebookSearch.add("t/e8a2ab",[["被加",[1,"BgDgiEBqM"]],["被定",[1,"BgDgoEBkV"]],["被截",[1,"BgDgiEB4K"]],["被这",[1,"BgDgkEBmR"]]]);
