CasebookSearch.add("t/e697a5",[["日合",[9808,"BgDgkEBpN"]],["日志",[9808,"BgDgiEB1K"]],["日起",[9808,"BgDgiEBiI"]]]);
