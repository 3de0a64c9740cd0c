CasebookSearch.add("t/78",[["x",[1335,"A6EgICgXGBgGgoEC1UKBwGgBBzG"]],["x86",[1335,"AmGgBB5GBiGghEBiGBwGgBByF"]],["x86_64",[4700,"AmGgBB5GCwGgBByF"]],["xx",[9808,"AtCggCB-pB"]]]);
