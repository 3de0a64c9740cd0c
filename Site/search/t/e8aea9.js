CasebookSearch.add("t/e8aea9",[["让",[1,"BgDgwEB3Y"]],["让供",[1,"BgDgwEBoa"]],["让错",[1,"BgDggGBwgB"]]]);
