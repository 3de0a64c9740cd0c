CasebookSearch.add("t/e7bb9d",[["绝了",[1,"BgDgoEByS"]],["绝未",[1,"BgDgoEBmU"]]]);
