CasebookSearch.add("t/e7bdae",[["置无",[1,"BgDgwEB7Y"]],["置覆",[1,"BgDgkEB0R"]]]);
