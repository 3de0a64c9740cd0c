CasebookSearch.add("t/e5b883",[["布到",[9808,"BgDggFBgd"]]]);
