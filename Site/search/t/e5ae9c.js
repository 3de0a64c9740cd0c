CasebookSearch.add("t/e5ae9c",[["宜之",[9808,"BgDggGB7gB"]]]);
