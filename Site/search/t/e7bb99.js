CasebookSearch.add("t/e7bb99",[["给出",[1,"BgDggGBzf"]],["给外",[1,"BgDgkEB7Q"]]]);
