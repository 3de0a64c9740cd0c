CasebookSearch.add("t/e69fa5",[["查它",[9808,"BgDggGBihB"]]]);
