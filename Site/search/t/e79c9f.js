CasebookSearch.add("t/e79c9f",[["真实",[1,"BgDgwEB7a"]],["真正",[1,"BgDgoEBsU"]]]);
