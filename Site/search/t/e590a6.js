CasebookSearch.add("t/e590a6",[["否会",[9808,"BgDggFBje"]],["否在",[9808,"BgDggFBwd"]],["否立",[9808,"BgDggFBod"]]]);
