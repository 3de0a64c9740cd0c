CasebookSearch.add("t/e7bb99",[["给出",[1,"BgDggGB7f"]],["给外",[1,"BgDgkEBjR"]]]);
