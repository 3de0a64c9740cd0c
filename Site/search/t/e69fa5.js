CasebookSearch.add("t/e69fa5",[["查它",[1,"BgDggGBqhB"]]]);
