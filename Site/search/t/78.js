CasebookSearch.add("t/78",[["x",[3,"AyGgBBzGB_FgoEC1UKB5EgICgXG"]],["x86",[3,"AyGgBByFBjGghEBiGBoGgBB5G"]],["x86_64",[2,"AyGgBByFCoGgBB5G"]],["xx",[1,"CsCggCB-pB"]]]);
