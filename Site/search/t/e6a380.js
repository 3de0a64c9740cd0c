CasebookSearch.add("t/e6a380",[["检查",[1,"B2GgwHDhvBzM5D"]]]);
