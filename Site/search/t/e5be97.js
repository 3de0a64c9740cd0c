CasebookSearch.add("t/e5be97",[["得到",[1,"BgDgkEBhQ"]]]);
