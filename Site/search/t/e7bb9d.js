CasebookSearch.add("t/e7bb9d",[["绝了",[1,"BgDgoEBqS"]],["绝未",[1,"BgDgoEB-T"]]]);
