CasebookSearch.add("t/e68a8a",[["把",[1,"BgDgkEBgR"]],["把这",[1,"BgDgoEB_V"]]]);
