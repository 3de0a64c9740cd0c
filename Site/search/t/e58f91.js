CasebookSearch.add("t/e58f91",[["发布",[9808,"BgDggFB_c"]],["发的",[9808,"BjGghEBsH"]]]);
