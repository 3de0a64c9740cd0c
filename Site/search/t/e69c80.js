CasebookSearch.add("t/e69c80",[["最后",[1,"BgDgiEB3I"]],["最终",[1,"BgDgkEB0P"]]]);
