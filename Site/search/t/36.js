CasebookSearch.add("t/36",[["64",[3,"AyGgBB6FBjGghEBqGBoGgBBhH"]]]);
