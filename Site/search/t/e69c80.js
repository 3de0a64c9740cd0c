CasebookSearch.add("t/e69c80",[["最后",[9808,"BgDgiEBvI"]],["最终",[9808,"BgDgkEBsP"]]]);
