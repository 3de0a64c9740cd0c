CasebookSearch.add("t/e6a0b9",[["根据",[1,"BgDgiEBiL"]],["根本",[1,"BgDgoEB9R"]]]);
