CasebookSearch.add("t/e5aea3",[["宣布",[1,"BnCggGBl_B"]]]);
