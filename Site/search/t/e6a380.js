CasebookSearch.add("t/e6a380",[["检查",[9808,"B_IgwHD8XuG3C"]]]);
