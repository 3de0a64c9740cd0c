CasebookSearch.add("t/e8a2ab",[["被加",[9808,"BgDgiEBqM"]],["被定",[9808,"BgDgoEBkV"]],["被截",[9808,"BgDgiEB4K"]],["被这",[9808,"BgDgkEBmR"]]]);
