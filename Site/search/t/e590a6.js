CasebookSearch.add("t/e590a6",[["否会",[1,"BgDggFBre"]],["否在",[1,"BgDggFB4d"]],["否立",[1,"BgDggFBwd"]]]);
