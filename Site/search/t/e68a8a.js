CasebookSearch.add("t/e68a8a",[["把",[1,"BgDgkEB4Q"]],["把这",[1,"BgDgoEB3V"]]]);
