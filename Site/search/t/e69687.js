CasebookSearch.add("t/e69687",[["文件",[1,"B_IgqGD_IgLxN"]],["文本",[1,"BgDgoEBjX"]]]);
