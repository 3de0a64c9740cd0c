CasebookSearch.add("t/e9a1b9",[["项变",[1,"BnCggGBtgC"]],["项目",[1,"BvEgoECphBM"]]]);
