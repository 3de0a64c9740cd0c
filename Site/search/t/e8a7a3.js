CasebookSearch.add("t/e8a7a3",[["解决",[1,"BvEg4EC_c5R"]],["解析",[1,"BsNg4FGvgBrHqB8KQpI"]],["解释",[1,"BvEgoEC_dY"]]]);
