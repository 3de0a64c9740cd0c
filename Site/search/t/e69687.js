CasebookSearch.add("t/e69687",[["文件",[9808,"B_IgqGD3IgLxN"]],["文本",[9808,"BgDgoEB7W"]]]);
