CasebookSearch.add("t/e794b1",[["由",[9808,"BjGghEB9G"]]]);
