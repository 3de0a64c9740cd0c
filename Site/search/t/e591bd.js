CasebookSearch.add("t/e591bd",[["命令",[9808,"BhMg-EExM9D-C5E"]]]);
