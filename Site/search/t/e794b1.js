CasebookSearch.add("t/e794b1",[["由",[9808,"BiGghEB9G"]]]);
