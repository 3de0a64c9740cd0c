CasebookSearch.add("t/e6a0b9",[["根据",[1,"BgDgiEB6K"]],["根本",[1,"BgDgoEB1R"]]]);
