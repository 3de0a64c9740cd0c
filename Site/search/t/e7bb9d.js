CasebookSearch.add("t/e7bb9d",[["绝未",[1,"BvEgoECxd8C"]]]);
