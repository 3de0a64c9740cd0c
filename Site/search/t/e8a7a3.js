CasebookSearch.add("t/e8a7a3",[["解决",[1,"BgDgwEB7X"]],["解析",[1,"B-Lg4FEoU-Ff5D"]]]);
