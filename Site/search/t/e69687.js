CasebookSearch.add("t/e69687",[["文件",[9808,"BhJgqGD3IgLxN"]],["文本",[9808,"BgDgoEB7W"]]]);
