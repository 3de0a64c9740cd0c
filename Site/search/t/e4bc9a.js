CasebookSearch.add("t/e4bc9a",[["会崩",[9808,"BgDggFBke"]],["会被",[9808,"BgDgkEBlR"]]]);
