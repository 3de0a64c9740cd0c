CasebookSearch.add("t/e4b880",[["一手",[1,"BgDgoEB4S"]],["一步",[1,"BgDgiEB5I"]],["一点",[1,"B_Fg4ECgTzI"]],["一设",[1,"BgDgwEB5Y"]]]);
