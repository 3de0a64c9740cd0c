CasebookSearch.add("t/e68ea8",[["推荐",[9808,"BgDgwEBla"]]]);
