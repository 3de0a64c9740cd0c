CasebookSearch.add("t/e5a496",[["外部",[1,"BkTg_GH7HyC3FiJqLzNtL"]]]);
