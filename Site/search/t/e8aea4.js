CasebookSearch.add("t/e8aea4",[["认关",[1,"BgDgoEB_S"]],["认在",[1,"BgDgkEBrQ"]]]);
