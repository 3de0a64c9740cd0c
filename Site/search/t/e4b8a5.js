CasebookSearch.add("t/e4b8a5",[["严格",[1,"BvEg4EC2dnR"]]]);
