CasebookSearch.add("t/e59bba",[["固链",[9808,"BgDgoEB_R"]]]);
