CasebookSearch.add("t/e794a8",[["用",[9808,"BgDgkEBgQ"]],["用了",[9808,"BgDgiEB2L"]],["用交",[9808,"BgDgoEB9V"]],["用仍",[9808,"BgDggFB6e"]],["用的",[9808,"BgDgwEBhZ"]]]);
