CasebookSearch.add("t/e7bdae",[["置无",[1,"BgDgwEBzY"]],["置覆",[1,"BgDgkEBsR"]]]);
