CasebookSearch.add("t/e8a7a3",[["解决",[1,"BgDgwEBzX"]],["解析",[1,"B-Lg4FEgU-Ff5D"]]]);
