CasebookSearch.add("t/e8aea4",[["认关",[1,"BgDgoEBnT"]],["认在",[1,"BgDgkEBzQ"]]]);
