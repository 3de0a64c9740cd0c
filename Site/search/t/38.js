CasebookSearch.add("t/38",[["8",[1335,"A0IgFCyH7HBjJglEC8GiHByGgBBzG"]],["81",[9808,"AsCgIBxY"]],["8855",[4700,"AsCgEB-OBgDgkEBxN"]],["8860",[9808,"AsCgQBxgB"]]]);
