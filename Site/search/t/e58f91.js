CasebookSearch.add("t/e58f91",[["发布",[1,"BgDggFB_c"]],["发的",[1,"BjGghEBsH"]]]);
