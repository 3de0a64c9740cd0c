CasebookSearch.add("t/e7bb93",[["结案",[1,"BgDggGBlhB"]]]);
