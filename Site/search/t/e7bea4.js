CasebookSearch.add("t/e7bea4",[["群测",[9808,"BgDggFB3d"]]]);
