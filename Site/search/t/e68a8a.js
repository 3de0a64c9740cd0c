CasebookSearch.add("t/e68a8a",[["把",[9808,"BgDgkEB4Q"]],["把这",[9808,"BgDgoEB3V"]]]);
