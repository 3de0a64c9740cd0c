CasebookSearch.add("t/e8af95",[["试过",[9808,"BgDggFB5d"]]]);
