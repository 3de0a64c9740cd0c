CasebookSearch.add("t/e697a5",[["日合",[1,"BgDgkEBxN"]],["日志",[1,"BgDgiEB9K"]],["日起",[1,"BgDgiEBqI"]]]);
