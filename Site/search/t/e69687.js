CasebookSearch.add("t/e69687",[["文件",[1,"B_IgqGD3IgLxN"]],["文本",[1,"BgDgoEB7W"]]]);
