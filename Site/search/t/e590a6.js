CasebookSearch.add("t/e590a6",[["否会",[1,"BgDggFBje"]],["否在",[1,"BgDggFBwd"]],["否立",[1,"BgDggFBod"]]]);
