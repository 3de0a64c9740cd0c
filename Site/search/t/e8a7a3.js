CasebookSearch.add("t/e8a7a3",[["解决",[9808,"BgDgwEBzX"]],["解析",[9808,"B-Lg4FEgU-Ff5D"]]]);
