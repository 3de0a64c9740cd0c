CasebookSearch.add("t/e4bc9a",[["会崩",[1,"BgDggFBse"]],["会被",[1,"BgDgkEBtR"]]]);
