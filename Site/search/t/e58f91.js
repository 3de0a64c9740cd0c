CasebookSearch.add("t/e58f91",[["发布",[1,"BgDggFBnd"]],["发的",[1,"BjGghEB0H"]]]);
