CasebookSearch.add("t/e5b883",[["布到",[1,"BgDggFBod"]]]);
