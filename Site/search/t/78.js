CasebookSearch.add("t/78",[["x",[3,"AyGgBB7GB_FgoEC9UKB5EgICoXG"]],["x86",[3,"AyGgBB6FBjGghEBqGBoGgBBhH"]],["x86_64",[2,"AyGgBB6FCoGgBBhH"]],["xx",[1,"CsCggCBmqB"]]]);
