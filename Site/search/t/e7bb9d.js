CasebookSearch.add("t/e7bb9d",[["绝了",[9808,"BgDgoEBqS"]],["绝未",[9808,"BgDgoEB-T"]]]);
