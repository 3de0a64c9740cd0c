CasebookSearch.add("t/e7bb99",[["给出",[9808,"BgDggGBzf"]],["给外",[9808,"BgDgkEB7Q"]]]);
