CasebookSearch.add("t/e8aea4",[["认关",[9808,"BgDgoEB_S"]],["认在",[9808,"BgDgkEBrQ"]]]);
