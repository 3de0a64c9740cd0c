CasebookSearch.add("t/e794a8",[["用",[1,"BgDgkEBgQ"]],["用了",[1,"BgDgiEB2L"]],["用交",[1,"BgDgoEB9V"]],["用仍",[1,"BgDggFB6e"]],["用的",[1,"BgDgwEBhZ"]]]);
