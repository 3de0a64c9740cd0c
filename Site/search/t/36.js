CasebookSearch.add("t/36",[["64",[3,"AyGgBByFBjGghEBiGBoGgBB5G"]]]);
