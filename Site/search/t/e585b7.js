CasebookSearch.add("t/e585b7",[["具复",[1,"BgDgwEBwb"]],["具链",[1,"BjGghEBzG"]]]);
