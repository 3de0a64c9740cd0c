CasebookSearch.add("t/e68ea8",[["推荐",[1,"BgDgwEBta"]]]);
