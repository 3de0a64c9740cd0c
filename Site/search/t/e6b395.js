CasebookSearch.add("t/e6b395",[["法是",[9808,"BgDgoEB8R"]]]);
