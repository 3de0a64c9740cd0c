CasebookSearch.add("t/e8afb4",[["说明",[9808,"B_IgiFDzLNzS"]],["说法",[9808,"BgDgoEB7R"]]]);
