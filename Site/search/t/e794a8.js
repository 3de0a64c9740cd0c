CasebookSearch.add("t/e794a8",[["用",[1,"BgDgkEBoQ"]],["用了",[1,"BgDgiEB-L"]],["用交",[1,"BgDgoEBlW"]],["用仍",[1,"BgDggFBif"]],["用的",[1,"BgDgwEBpZ"]]]);
