CasebookSearch.add("t/e7bdae",[["置无",[9808,"BgDgwEBzY"]],["置覆",[9808,"BgDgkEBsR"]]]);
