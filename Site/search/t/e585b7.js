CasebookSearch.add("t/e585b7",[["具复",[9808,"BgDgwEBwb"]],["具链",[9808,"BjGghEBzG"]]]);
