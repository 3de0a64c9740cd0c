CasebookSearch.add("t/e591bd",[["命令",[9808,"B-Lg-EExM9D-C5E"]]]);
