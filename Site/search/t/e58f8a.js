CasebookSearch.add("t/e58f8a",[["及加",[1,"BgDggFBje"]]]);
