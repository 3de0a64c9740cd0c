CasebookSearch.add("t/e69c80",[["最后",[1,"BgDgiEBvI"]],["最终",[1,"BgDgkEBsP"]]]);
