CasebookSearch.add("t/36",[["6",[2,"B_HglECjI7PB3IgFC2HuM"]],["64",[3,"A5HgBBgGB4FghEBlGB7FgBB6F"]]]);
