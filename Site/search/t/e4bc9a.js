CasebookSearch.add("t/e4bc9a",[["会崩",[1,"BgDggFBke"]],["会被",[1,"BgDgkEBlR"]]]);
