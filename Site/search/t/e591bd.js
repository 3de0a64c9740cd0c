CasebookSearch.add("t/e591bd",[["命令",[1,"B-Lg-EE5M9D-C5E"]]]);
