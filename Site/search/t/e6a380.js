CasebookSearch.add("t/e6a380",[["检查",[1,"B_IgwHD8XuG3C"]]]);
