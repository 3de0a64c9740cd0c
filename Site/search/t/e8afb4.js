CasebookSearch.add("t/e8afb4",[["说明",[1,"B_IgiFDzLNzS"]],["说法",[1,"BgDgoEB7R"]]]);
