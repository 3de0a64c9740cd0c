CasebookSearch.add("t/38",[["8",[1335,"AzIgFCyH7HBiJglEC8GiHBwGgBBzG"]],["81",[9808,"AtCgIBxY"]],["8855",[4700,"AtCgEB-OBgDgkEBxN"]],["8860",[9808,"AtCgQBxgB"]]]);
