CasebookSearch.add("t/78",[["x",[1335,"A5EgICgXGB_FgoEC1UKByGgBBzG"]],["x86",[1335,"AoGgBB5GBjGghEBiGByGgBByF"]],["x86_64",[4700,"AoGgBB5GCyGgBByF"]],["xx",[9808,"AsCggCB-pB"]]]);
