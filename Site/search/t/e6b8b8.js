CasebookSearch.add("t/e6b8b8",[["游的",[9808,"BgDgoEB5R"]]]);
