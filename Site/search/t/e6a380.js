CasebookSearch.add("t/e6a380",[["检查",[9808,"BhJgwHD8XuG3C"]]]);
