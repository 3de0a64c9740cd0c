CasebookSearch.add("t/e591bd",[["命令",[1,"B-Lg-EExM9D-C5E"]]]);
