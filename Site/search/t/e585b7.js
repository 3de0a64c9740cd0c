CasebookSearch.add("t/e585b7",[["具复",[1,"BgDgwEB4b"]],["具链",[1,"BjGghEB7G"]]]);
