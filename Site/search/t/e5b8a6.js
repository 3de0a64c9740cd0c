CasebookSearch.add("t/e5b8a6",[["带有",[1,"BgDggFBuc"]]]);
