CasebookSearch.add("t/e88194",[["联设",[1,"BgDgkEByR"]]]);
