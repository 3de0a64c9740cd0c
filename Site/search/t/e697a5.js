CasebookSearch.add("t/e697a5",[["日合",[1,"BgDgkEBpN"]],["日志",[1,"BgDgiEB1K"]],["日起",[1,"BgDgiEBiI"]]]);
