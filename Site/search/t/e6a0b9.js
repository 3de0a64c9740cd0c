CasebookSearch.add("t/e6a0b9",[["根据",[9808,"BgDgiEB6K"]],["根本",[9808,"BgDgoEB1R"]]]);
