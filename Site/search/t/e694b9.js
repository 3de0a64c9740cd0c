CasebookSearch.add("t/e694b9",[["改后",[1,"BgDggFBtd"]]]);
