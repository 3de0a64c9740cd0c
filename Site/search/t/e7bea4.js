CasebookSearch.add("t/e7bea4",[["群测",[1,"BgDggFB_d"]]]);
