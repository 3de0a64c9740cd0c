CasebookSearch.add("t/e5b7b2",[["已确",[1,"BgDggFBsc"]]]);
