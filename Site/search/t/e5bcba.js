CasebookSearch.add("t/e5bcba",[["强制",[1,"BgDgkEB-Q"]]]);
