CasebookSearch.add("t/36",[["64",[1335,"AoGgBB5GBjGghEBiGByGgBByF"]]]);
